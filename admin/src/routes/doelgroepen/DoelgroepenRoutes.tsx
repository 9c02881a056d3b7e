import { Route, Routes } from 'react-router';
import { NietGevonden } from '../NietGevonden';
import { DoelgroepBewerken, DoelgroepNieuw } from './DoelgroepSchermen';
import { DoelgroepenLijst } from './DoelgroepenLijst';

/** `/doelgroepen/*`: the organisatie's own doelgroepen per gids, "creëer doelgroep" and edit (with delete). */
export function DoelgroepenRoutes() {
  return (
    <Routes>
      <Route index element={<DoelgroepenLijst />} />
      <Route path="nieuw" element={<DoelgroepNieuw />} />
      <Route path=":code/bewerken" element={<DoelgroepBewerken />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}
