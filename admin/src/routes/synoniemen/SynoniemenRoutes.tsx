import { NoticeState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1 } from '@utrecht/component-library-react';
import { Route, Routes } from 'react-router';
import { isLandelijk, useBeheerder } from '../../session';
import { NietGevonden } from '../NietGevonden';
import { SynoniemBewerken, SynoniemNieuw } from './SynoniemSchermen';
import { SynoniemenLijst } from './SynoniemenLijst';

/**
 * `/synoniemen/*`: the search's synonyms, the landelijk beheerder's alone; anyone else typing the URL is told so.
 * `:id` is where the Wijzigingen screen links to.
 */
export function SynoniemenRoutes() {
  const { beheerder } = useBeheerder();
  if (!isLandelijk(beheerder)) return <GeenToegang />;
  return (
    <Routes>
      <Route index element={<SynoniemenLijst />} />
      <Route path="nieuw" element={<SynoniemNieuw />} />
      <Route path=":id/bewerken" element={<SynoniemBewerken />} />
      <Route path=":id" element={<SynoniemBewerken />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

function GeenToegang() {
  useDocumentTitle('Geen toegang – Beheeromgeving');
  return (
    <>
      <Heading1>Geen toegang</Heading1>
      <NoticeState>De synoniemen bij zoeken beheert alleen de landelijk beheerder. Mis je een synoniem? Vraag het hem of haar.</NoticeState>
    </>
  );
}
