import { Route, Routes } from 'react-router';
import { Binnenkort } from '../../components/Binnenkort';
import { InstrumentBewerken } from './formulier/InstrumentBewerken';
import { InstrumentNieuw } from './formulier/InstrumentNieuw';

/** `/instrumenten/*`. */
export function InstrumentenRoutes() {
  return (
    <Routes>
      <Route path="nieuw" element={<InstrumentNieuw />} />
      <Route path=":id/bewerken" element={<InstrumentBewerken />} />
      <Route path="*" element={<Binnenkort titel="Instrumenten" />} />
    </Routes>
  );
}
