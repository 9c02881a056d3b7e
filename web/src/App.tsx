import { LoadingState, PageShell } from '@instrumentengidsen/ui';
import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { NotFound } from './routes/NotFound';
import { Search } from './routes/Search';

// Route-based splitting: the first page (the search) does not wait for the instrument page's code (its blocks,
// the HTML sanitizer, the video player).
const InstrumentDetail = lazy(() => import('./routes/InstrumentDetail').then((module) => ({ default: module.InstrumentDetail })));
const WerklandschapPage = lazy(() => import('./routes/WerklandschapPage').then((module) => ({ default: module.WerklandschapPage })));

export function App() {
  return (
    <PageShell title="Instrumentengids" tagline="Eva voor werkzoekenden · Dennis voor werkgevers">
      <Suspense fallback={<LoadingState>Pagina laden…</LoadingState>}>
        <Routes>
          <Route path="/" element={<Search />} />
          <Route path="/instrument/:id" element={<InstrumentDetail />} />
          <Route path="/werklandschap" element={<WerklandschapPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </PageShell>
  );
}
