import { PageShell } from '@instrumentengidsen/ui';
import { Dashboard } from './routes/Dashboard';

export function App() {
  return (
    <PageShell title="Beheeromgeving" tagline="Instrumentengidsen Eva en Dennis">
      <Dashboard />
    </PageShell>
  );
}
