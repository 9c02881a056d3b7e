import { Route, Routes } from 'react-router';
import { GidsKeuze } from './routes/GidsKeuze';
import { GidsLayout, NeutralShell } from './routes/GidsLayout';
import { InstrumentDetail } from './routes/InstrumentDetail';
import { Landing } from './routes/Landing';
import { NotFound } from './routes/NotFound';
import { RegioPage } from './routes/RegioPage';
import { Search } from './routes/Search';

/** The guide is the first part of the path (`/eva/...`, `/dennis/...`); see docs/front-ends.md. */
export function App() {
  return (
    <Routes>
      <Route path="/" element={<NeutralShell><GidsKeuze /></NeutralShell>} />
      {/* Links from before the guide was in the path: the page moves to the instrument's guide once loaded. */}
      <Route path="/instrument/:id" element={<NeutralShell><InstrumentDetail /></NeutralShell>} />
      <Route path="/:gids" element={<GidsLayout />}>
        <Route index element={<Landing />} />
        <Route path="zoeken" element={<Search />} />
        <Route path="regio/:code" element={<RegioPage />} />
        <Route path="instrument/:id" element={<InstrumentDetail />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route path="*" element={<NeutralShell><NotFound /></NeutralShell>} />
    </Routes>
  );
}
