import { Route, Routes } from 'react-router';
import { NietGevonden } from '../NietGevonden';
import { AdresBewerken, AdresNieuw } from './AdresSchermen';
import { AdressenLijst } from './AdressenLijst';

/** `/adressen/*`: the list, "creëer adres" and edit (with delete). */
export function AdressenRoutes() {
  return (
    <Routes>
      <Route index element={<AdressenLijst />} />
      <Route path="nieuw" element={<AdresNieuw />} />
      <Route path=":id/bewerken" element={<AdresBewerken />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}
