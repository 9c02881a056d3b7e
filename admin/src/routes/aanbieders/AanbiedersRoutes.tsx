import { Binnenkort } from '../../components/Binnenkort';

/** `/aanbieders/*`. */
export function AanbiedersRoutes() {
  return <Binnenkort titel="Aanbieders" />;
}
