import { Route, Routes } from 'react-router';
import { AlleenLandelijk } from '../../components/AlleenLandelijk';
import { NietGevonden } from '../NietGevonden';
import { GebruikerGebeurtenissen } from './GebruikerGebeurtenissen';
import { GebruikerNieuw } from './GebruikerNieuw';
import { GebruikersLijst } from './GebruikersLijst';
import './gebruikers.css';

/** `/gebruikers/*`: accounts are the landelijk beheerder's alone. */
export function GebruikersRoutes() {
  return (
    <AlleenLandelijk uitleg="Gebruikers beheren kan alleen de landelijk beheerder. Vraag hem of haar om een account te maken of te wijzigen.">
      <Routes>
        <Route index element={<GebruikersLijst />} />
        <Route path="nieuw" element={<GebruikerNieuw />} />
        <Route path=":id" element={<GebruikerGebeurtenissen />} />
        <Route path="*" element={<NietGevonden />} />
      </Routes>
    </AlleenLandelijk>
  );
}
