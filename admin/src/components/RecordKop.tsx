import { useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { RecordMelding } from './RecordMelding';
import './records.css';

/**
 * The top of a record screen: its <title> and one h1, an optional link back (to the list), the "creëer ..." action
 * on the right, and the message of the save or delete that led here.
 */
export function RecordKop({ titel, terug, actie }: { titel: string; terug?: { naar: string; label: string }; actie?: { naar: string; label: string } }) {
  useDocumentTitle(`${titel} – Beheeromgeving`);
  return (
    <>
      {terug && (
        <RouterLink to={terug.naar} className="utrecht-link record-kop__terug">
          ← {terug.label}
        </RouterLink>
      )}
      <div className="record-kop">
        <Heading1>{titel}</Heading1>
        {actie && (
          <RouterLink to={actie.naar} className="utrecht-button utrecht-button--primary-action record-kop__actie">
            {actie.label}
          </RouterLink>
        )}
      </div>
      <RecordMelding />
    </>
  );
}
