import { LoadingState } from '@instrumentengidsen/ui';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, createRoutesFromElements, Outlet, Route } from 'react-router';
import { AdminLayout } from './components/AdminLayout';
import { Dashboard } from './routes/Dashboard';
import { Inloggen } from './routes/Inloggen';
import { NietGevonden } from './routes/NietGevonden';
import { Profiel } from './routes/Profiel';

// Each menu item is its own chunk: the rich-text editor and the charts load only on the screens that use them.
const InstrumentenRoutes = lazy(() => import('./routes/instrumenten/InstrumentenRoutes').then((m) => ({ default: m.InstrumentenRoutes })));
const AanbiedersRoutes = lazy(() => import('./routes/aanbieders/AanbiedersRoutes').then((m) => ({ default: m.AanbiedersRoutes })));
const ContactpersonenRoutes = lazy(() => import('./routes/contactpersonen/ContactpersonenRoutes').then((m) => ({ default: m.ContactpersonenRoutes })));
const AdressenRoutes = lazy(() => import('./routes/adressen/AdressenRoutes').then((m) => ({ default: m.AdressenRoutes })));
const WijkenRoutes = lazy(() => import('./routes/wijken/WijkenRoutes').then((m) => ({ default: m.WijkenRoutes })));
const DoelgroepenRoutes = lazy(() => import('./routes/doelgroepen/DoelgroepenRoutes').then((m) => ({ default: m.DoelgroepenRoutes })));
const SynoniemenRoutes = lazy(() => import('./routes/synoniemen/SynoniemenRoutes').then((m) => ({ default: m.SynoniemenRoutes })));
const ReviewsRoutes = lazy(() => import('./routes/reviews/ReviewsRoutes').then((m) => ({ default: m.ReviewsRoutes })));
const PrullenbakRoutes = lazy(() => import('./routes/prullenbak/PrullenbakRoutes').then((m) => ({ default: m.PrullenbakRoutes })));
const UitwisselingRoutes = lazy(() => import('./routes/uitwisseling/UitwisselingRoutes').then((m) => ({ default: m.UitwisselingRoutes })));
const KoppelingenRoutes = lazy(() => import('./routes/koppelingen/KoppelingenRoutes').then((m) => ({ default: m.KoppelingenRoutes })));
const DataRoutes = lazy(() => import('./routes/data/DataRoutes').then((m) => ({ default: m.DataRoutes })));
const AuditRoutes = lazy(() => import('./routes/audit/AuditRoutes').then((m) => ({ default: m.AuditRoutes })));
const GebruikersRoutes = lazy(() => import('./routes/gebruikers/GebruikersRoutes').then((m) => ({ default: m.GebruikersRoutes })));

/**
 * The beheeromgeving's URLs: the login outside, every other screen behind it (AdminLayout checks the session).
 * A data router, so a form with unsaved changes can hold a navigation (useBlocker).
 */
export const router = createBrowserRouter(
  createRoutesFromElements(
    <>
      <Route path="/inloggen" element={<Inloggen />} />
      <Route element={<AdminLayout />}>
        <Route index element={<Dashboard />} />
        <Route path="profiel" element={<Profiel />} />
        <Route
          element={
            <Suspense fallback={<LoadingState>Scherm laden…</LoadingState>}>
              <Outlet />
            </Suspense>
          }
        >
          <Route path="instrumenten/*" element={<InstrumentenRoutes />} />
          <Route path="aanbieders/*" element={<AanbiedersRoutes />} />
          <Route path="contactpersonen/*" element={<ContactpersonenRoutes />} />
          <Route path="adressen/*" element={<AdressenRoutes />} />
          <Route path="wijken/*" element={<WijkenRoutes />} />
          <Route path="doelgroepen/*" element={<DoelgroepenRoutes />} />
          <Route path="synoniemen/*" element={<SynoniemenRoutes />} />
          <Route path="reviews/*" element={<ReviewsRoutes />} />
          <Route path="prullenbak/*" element={<PrullenbakRoutes />} />
          <Route path="uitwisseling/*" element={<UitwisselingRoutes />} />
          <Route path="koppelingen/*" element={<KoppelingenRoutes />} />
          <Route path="data/*" element={<DataRoutes />} />
          <Route path="audit/*" element={<AuditRoutes />} />
          <Route path="gebruikers/*" element={<GebruikersRoutes />} />
        </Route>
        <Route path="*" element={<NietGevonden />} />
      </Route>
    </>,
  ),
);
