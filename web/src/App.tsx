import { LoadingState } from '@instrumentengidsen/ui';
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { GidsKeuze } from './routes/GidsKeuze';
import { GidsLayout, NeutralShell } from './routes/GidsLayout';
import { Landing } from './routes/Landing';
import { Inloggen } from './routes/Inloggen';
import { NotFound } from './routes/NotFound';
import { RegioPage } from './routes/RegioPage';
import { Search } from './routes/Search';

// Route-based splitting: the first pages (choice, landing, search) do not wait for the code of the instrument
// page (its blocks, the HTML sanitizer, the video player) or the werklandschap.
const InstrumentDetail = lazy(() => import('./routes/InstrumentDetail').then((module) => ({ default: module.InstrumentDetail })));
const WerklandschapPage = lazy(() => import('./routes/WerklandschapPage').then((module) => ({ default: module.WerklandschapPage })));
const later = (page: ReactNode) => <Suspense fallback={<LoadingState>Pagina laden…</LoadingState>}>{page}</Suspense>;

/** The guide is the first part of the path (`/eva/...`, `/dennis/...`); see docs/front-ends.md. */
export function App() {
  return (
    <Routes>
      <Route path="/" element={<NeutralShell><GidsKeuze /></NeutralShell>} />
      <Route path="/inloggen" element={<NeutralShell><Inloggen /></NeutralShell>} />
      {/* Links from before the guide was in the path: the page moves to the instrument's guide once loaded. */}
      <Route path="/instrument/:id" element={<NeutralShell>{later(<InstrumentDetail />)}</NeutralShell>} />
      <Route path="/:gids" element={<GidsLayout />}>
        <Route index element={<Landing />} />
        <Route path="zoeken" element={<Search />} />
        <Route path="regio/:code" element={<RegioPage />} />
        <Route path="werklandschap" element={later(<WerklandschapPage />)} />
        <Route path="instrument/:id" element={later(<InstrumentDetail />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route path="*" element={<NeutralShell><NotFound /></NeutralShell>} />
    </Routes>
  );
}
