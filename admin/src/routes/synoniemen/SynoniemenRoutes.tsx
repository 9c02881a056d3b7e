import { Route, Routes } from 'react-router';
import { AlleenLandelijk } from '../../components/AlleenLandelijk';
import { NietGevonden } from '../NietGevonden';
import { SynoniemBewerken, SynoniemNieuw } from './SynoniemSchermen';
import { SynoniemenLijst } from './SynoniemenLijst';

/** `/synoniemen/*`: the search's synonyms, the landelijk beheerder's alone. `:id` is where Wijzigingen links to. */
export function SynoniemenRoutes() {
  return (
    <AlleenLandelijk uitleg="De synoniemen bij zoeken beheert alleen de landelijk beheerder. Mis je een synoniem? Vraag het hem of haar.">
      <Routes>
        <Route index element={<SynoniemenLijst />} />
        <Route path="nieuw" element={<SynoniemNieuw />} />
        <Route path=":id/bewerken" element={<SynoniemBewerken />} />
        <Route path=":id" element={<SynoniemBewerken />} />
        <Route path="*" element={<NietGevonden />} />
      </Routes>
    </AlleenLandelijk>
  );
}
