// `npm start`: the API (gateway + subgraphs on embedded or DATABASE_URL PostgreSQL), web and admin,
// each as its own process; Ctrl-C stops them all.
import concurrently from 'concurrently';

const { result } = concurrently(
  [
    { name: 'api', command: 'node --enable-source-maps server/dist/main.js', prefixColor: 'blue' },
    { name: 'web', command: 'vite --config web/vite.config.ts', prefixColor: 'green' },
    { name: 'admin', command: 'vite --config admin/vite.config.ts', prefixColor: 'magenta' },
  ],
  { killOthersOn: ['failure'], restartTries: 0 },
);
result.then(
  () => process.exit(0),
  () => process.exit(0),
);
