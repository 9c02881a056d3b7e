import { EmptyState, ErrorState, LoadingState, NoticeState, useDocumentTitle } from '@instrumentengidsen/ui';
import { FormLabel, Heading1, Paragraph, Select, SelectOption, Table, TableBody, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Route, Routes, useSearchParams } from 'react-router';
import { useBeheerReviewsQuery } from '../../__generated__/hooks';
import { Bladeren, useBladeren } from '../../components/Bladeren';
import { NietGevonden } from '../NietGevonden';
import { ReviewRij } from './ReviewRij';
import { VerbergDialoog } from './VerbergDialoog';
import './reviews.css';

const FILTERS = { zichtbaar: false, verborgen: true, alle: null } as const;
type Filter = keyof typeof FILTERS;

/** `/reviews/*`. */
export function ReviewsRoutes() {
  return (
    <Routes>
      <Route index element={<Reviews />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

/** Moderation: the reviews of the beheerder's instruments, newest first; hide one with a reason. */
function Reviews() {
  useDocumentTitle('Reviews – Beheeromgeving');
  const [params, setParams] = useSearchParams();
  const filter: Filter = (params.get('toon') as Filter) in FILTERS ? (params.get('toon') as Filter) : 'alle';
  const bladeren = useBladeren();
  const { data, loading, error } = useBeheerReviewsQuery({ variables: { verborgen: FILTERS[filter], first: 20, after: bladeren.after }, fetchPolicy: 'cache-and-network' });
  const [verbergen, setVerbergen] = useState<string | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const lijst = data?.beheerReviews;
  return (
    <>
      <Heading1>Reviews</Heading1>
      <Paragraph>
        Wat professionals schrijven over de instrumenten van jouw organisaties. Verberg een review als hij niet in de gids hoort, bijvoorbeeld omdat er een
        klant bij naam in staat. Een verborgen review telt niet meer mee; de schrijver ziet de reden.
      </Paragraph>
      <div className="reviews-filter">
        <FormLabel htmlFor="reviews-toon">Toon</FormLabel>
        <Select
          id="reviews-toon"
          value={filter}
          onChange={(event) => {
            bladeren.opnieuw();
            setParams(event.currentTarget.value === 'alle' ? {} : { toon: event.currentTarget.value });
          }}
        >
          <SelectOption value="alle">Alle reviews</SelectOption>
          <SelectOption value="zichtbaar">Zichtbaar</SelectOption>
          <SelectOption value="verborgen">Verborgen</SelectOption>
        </Select>
      </div>
      {gelukt && <NoticeState>{gelukt}</NoticeState>}
      {error && <ErrorState>De reviews konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
      {!lijst && loading && <LoadingState>Reviews laden…</LoadingState>}
      {lijst && lijst.totalCount === 0 && (
        <EmptyState>{filter === 'verborgen' ? 'Er zijn geen verborgen reviews.' : 'Er zijn nog geen reviews van jouw instrumenten.'}</EmptyState>
      )}
      {lijst && lijst.nodes.length > 0 && (
        <Table className="reviews-tabel">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Datum</TableHeaderCell>
              <TableHeaderCell scope="col">Instrument</TableHeaderCell>
              <TableHeaderCell scope="col">Sterren</TableHeaderCell>
              <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
              <TableHeaderCell scope="col">Geschreven door</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.nodes.map((review) => (
              <ReviewRij key={review.id} review={review} onVerbergen={(id) => {
                  setGelukt(null);
                  setVerbergen(id);
                }} />
            ))}
          </TableBody>
        </Table>
      )}
      {lijst && <Bladeren stand={bladeren} totaal={lijst.totalCount} pageInfo={lijst.pageInfo} label="reviews" enkelvoud="review" />}
      <VerbergDialoog
        reviewId={verbergen}
        onKlaar={(verborgen) => {
          setVerbergen(null);
          if (verborgen) setGelukt('De review is verborgen. Je vindt hem onder "Verborgen".');
        }}
      />
    </>
  );
}
