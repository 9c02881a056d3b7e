import { Document, Page, PageContent, PageHeader, Paragraph } from '@utrecht/component-library-react';
import { Route, Routes } from 'react-router';
import { InstrumentDetail } from './routes/InstrumentDetail';
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
            <Routes>
              <Route path="/" element={<Search />} />
              <Route path="/instrument/:id" element={<InstrumentDetail />} />
            </Routes>
          </main>
        </PageContent>
      </Page>
    </Document>
  );
}
