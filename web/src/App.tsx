import { Document, Page, PageContent, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { Search } from './routes/Search';

export function App() {
  return (
    <Document>
      <Page>
        <PageHeader>
          <Paragraph>
            <strong>Instrumentengids</strong> · Eva voor werkzoekenden · Dennis voor werkgevers
          </Paragraph>
        </PageHeader>
        <PageContent>
          <main id="main">
            <Search />
          </main>
        </PageContent>
      </Page>
    </Document>
  );
}
