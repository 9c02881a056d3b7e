import { Binnenkort } from '../../components/Binnenkort';

/** `/reviews/*`. */
export function ReviewsRoutes() {
  return <Binnenkort titel="Reviews" />;
}
