import { NoticeState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1 } from '@utrecht/component-library-react';
import { Route, Routes } from 'react-router';
import { isLandelijk, useBeheerder } from '../../session';
import { NietGevonden } from '../NietGevonden';
import { GebruikerGebeurtenissen } from './GebruikerGebeurtenissen';
import { GebruikerNieuw } from './GebruikerNieuw';
import { GebruikersLijst } from './GebruikersLijst';
import './gebruikers.css';

/** `/gebruikers/*`: accounts are the landelijk beheerder's alone; anyone else typing the URL is told so. */
export function GebruikersRoutes() {
  const { beheerder } = useBeheerder();
  if (!isLandelijk(beheerder)) return <GeenToegang />;
  return (
    <Routes>
      <Route index element={<GebruikersLijst />} />
      <Route path="nieuw" element={<GebruikerNieuw />} />
      <Route path=":id" element={<GebruikerGebeurtenissen />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

function GeenToegang() {
  useDocumentTitle('Geen toegang – Beheeromgeving');
  return (
    <>
      <Heading1>Geen toegang</Heading1>
      <NoticeState>Gebruikers beheren kan alleen de landelijk beheerder. Vraag hem of haar om een account te maken of te wijzigen.</NoticeState>
    </>
  );
}
