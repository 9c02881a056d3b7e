import { Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentBeoordelingFragmentDoc } from '../../__generated__/graphql';
import { Block } from './Block';
import { MijnBeoordeling } from './MijnBeoordeling';
import { ReviewList } from './ReviewList';
import { aantalBeoordelingen, score, Sterren } from '../Sterren';
import './beoordeling.css';

/**
 * What professionals thought of the instrument: the average, how the stars are spread, the sub-scores, the
 * reviews, and for a logged-in professional their own review.
 */
export function InstrumentBeoordeling(props: { instrument: FragmentType<typeof InstrumentBeoordelingFragmentDoc> }) {
  const { id, organisatie, beoordeling } = getFragmentData(InstrumentBeoordelingFragmentDoc, props.instrument);
  const most = Math.max(1, ...beoordeling.verdeling.map((v) => v.aantal));
  return (
    <Block title="Beoordelingen">
      {beoordeling.gemiddelde == null ? (
        <Paragraph>Nog geen beoordelingen.</Paragraph>
      ) : (
        <>
          <Paragraph className="beoordeling-gemiddelde">
            <Sterren value={beoordeling.gemiddelde} />
            Gemiddeld {score(beoordeling.gemiddelde)} van 5 sterren ({aantalBeoordelingen(beoordeling.aantal)})
          </Paragraph>
          {(beoordeling.resultaat != null || beoordeling.uitvoering != null) && (
            <Paragraph>
              {beoordeling.resultaat != null && <>Resultaat: {score(beoordeling.resultaat)} van 5. </>}
              {beoordeling.uitvoering != null && <>Uitvoering: {score(beoordeling.uitvoering)} van 5.</>}
            </Paragraph>
          )}
          <Table className="beoordeling-verdeling">
            <TableCaption>Verdeling van de sterren</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Sterren</TableHeaderCell>
                <TableHeaderCell scope="col">Aantal beoordelingen</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {[...beoordeling.verdeling].sort((a, b) => b.sterren - a.sterren).map((v) => (
                <TableRow key={v.sterren}>
                  <TableHeaderCell scope="row">{v.sterren === 1 ? '1 ster' : `${v.sterren} sterren`}</TableHeaderCell>
                  <TableCell>
                    <span aria-hidden="true" className="beoordeling-balk" style={{ width: `${(v.aantal / most) * 8}em` }} />
                    {v.aantal}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      <div className="no-print">
        <MijnBeoordeling instrumentId={id} organisatieId={organisatie.id} />
      </div>
      <Heading3>Wat professionals schrijven</Heading3>
      <ReviewList instrumentId={id} />
    </Block>
  );
}
