import { useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1 } from '@utrecht/component-library-react';
import { Route, Routes } from 'react-router';
import { NietGevonden } from '../NietGevonden';
import { Exporteren } from './Exporteren';
import { Importeren } from './Importeren';
import './uitwisseling.css';

/** `/uitwisseling/*`. */
export function UitwisselingRoutes() {
  return (
    <Routes>
      <Route index element={<Uitwisseling />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

/** Instruments out as a file and in from one (the instrumentenformat). */
function Uitwisseling() {
  useDocumentTitle('Exporteren en importeren – Beheeromgeving');
  return (
    <>
      <Heading1>Exporteren en importeren</Heading1>
      <Exporteren />
      <Importeren />
    </>
  );
}
