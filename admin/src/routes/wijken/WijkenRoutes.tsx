import { Route, Routes } from 'react-router';
import { NietGevonden } from '../NietGevonden';
import { WijkBewerken, WijkNieuw } from './WijkSchermen';
import { WijkenLijst } from './WijkenLijst';

/** `/wijken/*`: per gemeente (`?gemeente=GM0363`) the list, "creëer wijk" and edit (with delete). */
export function WijkenRoutes() {
  return (
    <Routes>
      <Route index element={<WijkenLijst />} />
      <Route path="nieuw" element={<WijkNieuw />} />
      <Route path=":id/bewerken" element={<WijkBewerken />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}
