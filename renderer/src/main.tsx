import '@mantine/core/styles.layer.css';
import '@mantine/charts/styles.layer.css';
import '@mantine/notifications/styles.layer.css';
import '@mantine/dropzone/styles.layer.css';
import '@mantine/spotlight/styles.layer.css';
import 'mantine-datatable/styles.layer.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './api/boot';
import { App } from './app/App';
import { Providers } from './app/Providers';
import { NoToken } from './app/NoToken';

const started = boot();
const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    <Providers>{started.kind === 'ready' ? <App token={started.token} /> : <NoToken reason="missing" />}</Providers>
  </StrictMode>,
);
