import { Button, FormFieldTextbox } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { GidsInfo } from '../gidsen';

/** A search field that opens the guide's search with the words typed, within a regio when given. */
export function SearchEntry(props: { gids: GidsInfo; label: string; regio?: string }) {
  const [tekst, setTekst] = useState('');
  const navigate = useNavigate();
  const id = useId();
  return (
    <form
      role="search"
      aria-label={props.label}
      className="search-entry"
      onSubmit={(event) => {
        event.preventDefault();
        const params = new URLSearchParams();
        if (props.regio) params.set('regio', props.regio);
        if (tekst.trim()) params.set('tekst', tekst.trim());
        navigate(`/${props.gids.slug}/zoeken${params.size ? `?${params}` : ''}`);
      }}
    >
      <FormFieldTextbox id={id} label={props.label} type="search" value={tekst} onChange={(event) => setTekst((event.target as HTMLInputElement).value)} />
      <Button type="submit" appearance="primary-action-button">
        Zoeken
      </Button>
    </form>
  );
}
