/**
 * On every page: registers the service worker (see src/lib/offline.ts) and shows the note that says,
 * without a network, from which day the data on this page are.
 */
import { SERVICE_WORKER_PATH } from '../lib/offline';

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register(SERVICE_WORKER_PATH, { updateViaCache: 'none' }).catch(() => {
    // Without a worker the site still works online; nothing to tell the visitor.
  });
}

const note = document.querySelector<HTMLElement>('[data-offline-note]');
const showNote = () => {
  if (note) note.hidden = navigator.onLine;
};
showNote();
window.addEventListener('online', showNote);
window.addEventListener('offline', showNote);
