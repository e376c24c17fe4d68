// English strings for the window shown when Crónica cannot start, key for key with the Spanish ones.
import type { esStartup } from '../es/startup';

export const enStartup: Record<keyof typeof esStartup, string> = {
  'startup.title': 'Crónica cannot open',
  'startup.path': 'Path',
  'startup.whatToDo': 'What to do',
  'startup.details': 'Details',
  'startup.copy': 'Copy the details',
  'startup.copied': 'Details copied.',
  'startup.copyFailed': 'They could not be copied: select them and copy them by hand.',
  'startup.contentMissing.what': "The app's content is missing: its database is not where Crónica looks for it.",
  'startup.contentMissing.todo':
    'Reinstall Crónica (for example, install its .deb package again). Your study data and settings are not touched.',
  'startup.contentUnreadable.what': "The app's content is damaged or cannot be read.",
  'startup.contentUnreadable.todo':
    'Reinstall Crónica. If the disk is full, free some space first; if the file is there but cannot be read, check its permissions. Your study data is not touched.',
  'startup.contentOutdated.what': "The app's content belongs to another version of Crónica.",
  'startup.contentOutdated.todo': 'Reinstall Crónica, so that the program and its content are of the same version. Your study data is not touched.',
  'startup.appDataUnusable.what': 'Crónica cannot find or create the folder where it keeps your study data and settings.',
  'startup.appDataUnusable.todo':
    'Free some disk space and check that your user has a home folder it can write to (the HOME variable); then open Crónica again.',
  'startup.internal.what': 'Something stopped Crónica from opening.',
  'startup.internal.todo':
    'Open Crónica again. If it happens again, reinstall it; if that does not help, send the details below to whoever helps you with this computer.',
};
