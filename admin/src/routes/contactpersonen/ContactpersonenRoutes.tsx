import { Route, Routes } from 'react-router';
import { NietGevonden } from '../NietGevonden';
import { ContactpersonenLijst } from './ContactpersonenLijst';
import { ContactpersoonBewerken, ContactpersoonNieuw } from './ContactpersoonSchermen';

/** `/contactpersonen/*`: the list, "creëer contactpersoon" and edit (with delete). */
export function ContactpersonenRoutes() {
  return (
    <Routes>
      <Route index element={<ContactpersonenLijst />} />
      <Route path="nieuw" element={<ContactpersoonNieuw />} />
      <Route path=":id/bewerken" element={<ContactpersoonBewerken />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}
