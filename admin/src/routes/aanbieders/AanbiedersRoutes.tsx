import { Route, Routes } from 'react-router';
import { NietGevonden } from '../NietGevonden';
import { AanbiederBewerken, AanbiederNieuw } from './AanbiederSchermen';
import { AanbiederPagina } from './AanbiederPagina';
import { AanbiedersLijst } from './AanbiedersLijst';
import './aanbieders.css';

/** `/aanbieders/*`: the list, "creëer aanbieder", an aanbieder's page (contactpersonen, instruments) and edit. */
export function AanbiedersRoutes() {
  return (
    <Routes>
      <Route index element={<AanbiedersLijst />} />
      <Route path="nieuw" element={<AanbiederNieuw />} />
      <Route path=":id" element={<AanbiederPagina />} />
      <Route path=":id/bewerken" element={<AanbiederBewerken />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}
