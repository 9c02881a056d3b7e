export { appendPages, createApolloClient, CSRF_HEADER } from './apollo.ts';
export { CONFLICT_MESSAGE, errorCode, formErrorsOf, type FormErrors } from './graphql-errors.ts';
export { formatDate, formatDateTime, formatDay, formatEuro, formatNumber } from './format.ts';
export { useMutationForm, type MutationForm } from './mutation-form.ts';
export { PageShell, type PageShellProps } from './PageShell.tsx';
export { EmptyState, ErrorState, LoadingState, NoticeState } from './states.tsx';
export { useDocumentTitle } from './document-title.ts';
export { safeReturnPath, useSessionChanged } from './session.ts';
export { LoginForm } from './LoginForm.tsx';
