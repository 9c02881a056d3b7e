import { Document, Page, PageContent, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface PageShellProps {
  /** The app's name, bold in the header. */
  title: string;
  /** One line after the name: what the app is for. */
  tagline: string;
  /** Next to the name in the header, e.g. who is logged in. */
  headerEnd?: ReactNode;
  /** A menu beside the content (the beheeromgeving's left menu): outside `main`, so the skip link passes it. */
  menu?: ReactNode;
  children: ReactNode;
}

/**
 * Every page of web and admin: a skip link (the first thing a keyboard reaches), the header, one `main`
 * landmark and the footer.
 */
export function PageShell({ title, tagline, headerEnd, menu, children }: PageShellProps) {
  const main = (
    <main id="main" tabIndex={-1}>
      {children}
    </main>
  );
  return (
    <Document>
      <SkipLink href="#main">Direct naar de inhoud</SkipLink>
      <Page>
        <PageHeader>
          <Paragraph>
            <strong>{title}</strong> · {tagline}
          </Paragraph>
          {headerEnd}
        </PageHeader>
        <PageContent>
          {menu ? (
            <div className="page-with-menu">
              {menu}
              {main}
            </div>
          ) : (
            main
          )}
        </PageContent>
        <PageFooter>
          <Paragraph small>Instrumentengidsen Eva en Dennis · open source</Paragraph>
        </PageFooter>
      </Page>
    </Document>
  );
}
