import { CombinedGraphQLErrors } from '@apollo/client';
import { CSRF_HEADER } from '@instrumentengidsen/ui';
import { print } from 'graphql';
import { AddDownloadFormulierDocument, type AddDownloadFormulierMutationVariables } from '../../../__generated__/graphql';

/** What the API accepts (catalog: core/bestanden.ts): checked here first, so a wrong file is never sent. */
export const MAX_BYTES = 10 * 1024 * 1024;
export const EXTENSIES = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'pptx', 'odt'];
export const ACCEPT = EXTENSIES.map((e) => `.${e}`).join(',');

/** Why this file cannot be uploaded, in plain Dutch; null when it may be sent. */
export function bestandProbleem(bestand: File): string | null {
  const extensie = bestand.name.split('.').pop()?.toLowerCase() ?? '';
  if (!EXTENSIES.includes(extensie)) return 'Dit soort bestand kan niet. Kies een PDF, PNG, JPG, Word-, Excel-, PowerPoint- of ODT-bestand.';
  if (bestand.size > MAX_BYTES) return `Het bestand is te groot (${(bestand.size / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB): hoogstens 10 MB.`;
  if (bestand.size === 0) return 'Het bestand is leeg.';
  return null;
}

function base64(bestand: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(bestand);
  });
}

/**
 * addDownload with upload progress, which Apollo's fetch cannot report: the same generated document (so the
 * gateway's trusted documents know it) sent by XMLHttpRequest with the CSRF header and the session cookie.
 * A GraphQL error is thrown as Apollo would, so the form maps it the usual way.
 */
export async function uploadDownload(
  variables: Omit<AddDownloadFormulierMutationVariables, 'input'> & { label: string; bestand: File },
  voortgang: (fractie: number) => void,
): Promise<void> {
  const inhoud = await base64(variables.bestand);
  const body = JSON.stringify({
    operationName: 'AddDownloadFormulier',
    query: print(AddDownloadFormulierDocument),
    variables: { id: variables.id, version: variables.version, input: { label: variables.label, bestandsnaam: variables.bestand.name, inhoud } },
  });
  const result = await new Promise<{ data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/graphql');
    xhr.withCredentials = true;
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.upload.onprogress = (event) => event.lengthComputable && voortgang(event.loaded / event.total);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText));
      } catch {
        reject(new Error(`Upload failed with HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new Error('Upload failed: network error'));
    xhr.send(body);
  });
  if (result.errors?.length) throw new CombinedGraphQLErrors(result as never);
  voortgang(1);
}
