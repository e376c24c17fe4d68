// Quiz packs in the window: the backend saves an exported pack in the Downloads folder and says
// where; an imported file is read with `File.text()`, and the largest file the backend takes is
// refused here before it is read.

/** The largest pack the backend accepts (5 MB); a bigger file is not even read. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

export const PACK_EXTENSION = '.cronica-quiz';
