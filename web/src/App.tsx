import { PageShell } from '@instrumentengidsen/ui';
import { Route, Routes } from 'react-router';
import { LoginStatus } from './components/LoginStatus';
import { Inloggen } from './routes/Inloggen';
import { InstrumentDetail } from './routes/InstrumentDetail';
import { NotFound } from './routes/NotFound';
import { Search } from './routes/Search';

export function App() {
  return (
    <PageShell title="Instrumentengids" tagline="Eva voor werkzoekenden · Dennis voor werkgevers" headerEnd={<LoginStatus />}>
      <Routes>
        <Route path="/" element={<Search />} />
        <Route path="/instrument/:id" element={<InstrumentDetail />} />
        <Route path="/inloggen" element={<Inloggen />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </PageShell>
  );
}
