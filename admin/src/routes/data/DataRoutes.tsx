import { Route, Routes } from 'react-router';
import { NietGevonden } from '../NietGevonden';
import { DataDashboard } from './DataDashboard';

/** `/data/*`: the dashboard (its choices in the query string). */
export function DataRoutes() {
  return (
    <Routes>
      <Route index element={<DataDashboard />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}
