import { create } from 'zustand';
import type {
  AppErrorPayload,
  DuplicatePolicy,
  ImportPreview,
  ImportView,
  csvEncodings,
  csvSeparators,
} from '#contract';
import { getApi } from '../api';
import { uploadFile, type UploadHandle } from './leads-upload';

export type CsvEncoding = (typeof csvEncodings)[number];
export type CsvSeparator = (typeof csvSeparators)[number];

/** pick → uploading → preview (mapping and duplicates) → import (progress, then the summary). */
export type ImportPhase = 'pick' | 'uploading' | 'preview' | 'import';

/** Rows shown under the mapping; the preview answers at most 50. */
export const PREVIEW_ROWS = 20;

interface ImportFlowState {
  opened: boolean;
  clientId: string | null;
  phase: ImportPhase;
  fileName: string;
  size: number;
  sent: number;
  uploadId: string | null;
  error: AppErrorPayload | null;
  preview: ImportPreview | null;
  previewLoading: boolean;
  encoding: CsvEncoding | null;
  separator: CsvSeparator | null;
  /** Target per column index, as `leads:importStart` takes it. */
  mapping: string[];
  policy: DuplicatePolicy;
  starting: boolean;
  /** The import once started: it runs in the core whether or not this flow stays open. */
  started: ImportView | null;

  open: (clientId: string) => void;
  close: () => void;
  pick: (file: File) => void;
  reformat: (patch: { encoding?: CsvEncoding; separator?: CsvSeparator }) => void;
  setTarget: (index: number, target: string) => void;
  setPolicy: (policy: DuplicatePolicy) => void;
  start: () => void;
  /** The started import's latest progress, so closing knows whether it is still running. */
  track: (view: ImportView) => void;
  /** Back to choosing a file (after an error, or to import another one). */
  again: () => void;
}

const initial = {
  phase: 'pick' as ImportPhase,
  fileName: '',
  size: 0,
  sent: 0,
  uploadId: null,
  error: null,
  preview: null,
  previewLoading: false,
  encoding: null,
  separator: null,
  mapping: [],
  policy: 'update' as DuplicatePolicy,
  starting: false,
  started: null,
};

// Outside the state: a handle is not data to render, and only one upload runs at a time.
let upload: UploadHandle | null = null;
// Answers to an older flow (closed, or another file picked) are dropped.
let generation = 0;
// Within a flow, only the latest preview request's answer is shown.
let previewTicket = 0;

export const useImportFlow = create<ImportFlowState>((set, get) => {
  /** An upload nobody will import: its file is removed from the data folder now, not in a day. */
  function abandon(): void {
    upload?.cancel();
    upload = null;
    const { uploadId, started } = get();
    if (uploadId !== null && started === null) void getApi().invoke('uploads:discard', { uploadId });
  }

  async function loadPreview(patch: { encoding?: CsvEncoding; separator?: CsvSeparator }): Promise<void> {
    const { clientId, uploadId } = get();
    if (clientId === null || uploadId === null) return;
    const ticket = generation;
    const request = ++previewTicket;
    set({ previewLoading: true, error: null });
    const result = await getApi().invoke('leads:importPreview', {
      clientId,
      uploadId,
      encoding: patch.encoding,
      separator: patch.separator,
      rows: PREVIEW_ROWS,
    });
    if (ticket !== generation || request !== previewTicket) return;
    if (!result.ok) {
      set({ previewLoading: false, error: result.error });
      return;
    }
    const preview = result.value;
    set({
      phase: 'preview',
      previewLoading: false,
      preview,
      encoding: preview.encoding,
      separator: preview.separator,
      mapping: preview.mapping.map((m) => m.target),
    });
  }

  /** The sample rows checked again under the user's mapping; the mapping itself stays theirs. */
  async function recheck(): Promise<void> {
    const { clientId, uploadId, encoding, separator, mapping } = get();
    if (clientId === null || uploadId === null || encoding === null || separator === null) return;
    const ticket = generation;
    const request = ++previewTicket;
    const result = await getApi().invoke('leads:importPreview', {
      clientId,
      uploadId,
      encoding,
      separator,
      mapping,
      rows: PREVIEW_ROWS,
    });
    if (ticket !== generation || request !== previewTicket) return;
    // A failed re-check keeps the previous rows: the import itself does not depend on it.
    if (result.ok) set({ preview: result.value });
  }

  return {
    opened: false,
    clientId: null,
    ...initial,

    open: (clientId) => {
      generation++;
      set({ opened: true, clientId, ...initial });
    },

    close: () => {
      abandon();
      generation++;
      set({ opened: false, ...initial });
    },

    pick: (file) => {
      abandon();
      const ticket = ++generation;
      set({ ...initial, phase: 'uploading', fileName: file.name, size: file.size });
      upload = uploadFile(file, (sent) => {
        if (ticket === generation) set({ sent });
      });
      void upload.done.then((result) => {
        if (ticket !== generation) return;
        upload = null;
        if (!result.ok) {
          set({ phase: 'pick', error: result.error });
          return;
        }
        set({ uploadId: result.value.uploadId, sent: file.size });
        void loadPreview({});
      });
    },

    reformat: (patch) => {
      const { encoding, separator } = get();
      void loadPreview({
        encoding: patch.encoding ?? encoding ?? undefined,
        separator: patch.separator ?? separator ?? undefined,
      });
    },

    setTarget: (index, target) => {
      set((s) => ({ mapping: s.mapping.map((t, i) => (i === index ? target : t)) }));
      void recheck();
    },

    setPolicy: (policy) => set({ policy }),

    start: () => {
      const { clientId, uploadId, fileName, encoding, separator, mapping, policy } = get();
      if (clientId === null || uploadId === null || encoding === null || separator === null) return;
      const ticket = generation;
      set({ starting: true, error: null });
      void getApi()
        .invoke('leads:importStart', {
          clientId,
          uploadId,
          fileName: fileName.slice(0, 255) || 'leads.csv',
          encoding,
          separator,
          mapping,
          duplicatePolicy: policy,
        })
        .then((result) => {
          if (ticket !== generation) return;
          if (!result.ok) set({ starting: false, error: result.error });
          else set({ starting: false, started: result.value, phase: 'import' });
        });
    },

    track: (view) => {
      if (get().started?.id === view.id) set({ started: view });
    },

    again: () => {
      abandon();
      generation++;
      set({ ...initial });
    },
  };
});
