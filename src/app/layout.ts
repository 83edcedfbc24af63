/** The sidebar's width, which toasts also keep to (see App). */
export const NAVBAR_WIDTH = 280;
/** Mantine's `md` spacing: the gap toasts keep from the window's edges. */
const TOAST_OFFSET = 16;
/**
 * Toasts stack in the sidebar's bottom corner, over nothing but the connection badge: the drawers
 * open from the right and the dialogs sit in the middle, so a toast never covers what the user
 * is reading.
 */
export const TOAST_WIDTH = NAVBAR_WIDTH - 2 * TOAST_OFFSET;
