import { Route, Routes } from 'react-router';
import { NietGevonden } from '../NietGevonden';
import { InstrumentBewerken } from './formulier/InstrumentBewerken';
import { InstrumentNieuw } from './formulier/InstrumentNieuw';
import { InstrumentenLijst } from './lijst/InstrumentenLijst';
import { InstrumentVoorbeeld } from './voorbeeld/InstrumentVoorbeeld';
import { InstrumentWeergeven } from './weergeven/InstrumentWeergeven';
import './instrumenten.css';

/** `/instrumenten/*`: the list, nieuw, and per instrument weergeven, bewerken and the voorbeeld. */
export function InstrumentenRoutes() {
  return (
    <Routes>
      <Route index element={<InstrumentenLijst />} />
      <Route path="nieuw" element={<InstrumentNieuw />} />
      <Route path=":id" element={<InstrumentWeergeven />} />
      <Route path=":id/bewerken" element={<InstrumentBewerken />} />
      <Route path=":id/voorbeeld" element={<InstrumentVoorbeeld />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}
