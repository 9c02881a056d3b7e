import { Document, Page, PageContent, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { Dashboard } from './routes/Dashboard';

export function App() {
  return (
    <Document>
      <Page>
        <PageHeader>
          <Paragraph>
            <strong>Beheeromgeving</strong> · Instrumentengidsen Eva en Dennis
          </Paragraph>
        </PageHeader>
        <PageContent>
          <main id="main">
            <Dashboard />
          </main>
        </PageContent>
      </Page>
    </Document>
  );
}
