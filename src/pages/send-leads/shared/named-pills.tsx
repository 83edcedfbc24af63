import { Pill, type ComboboxRenderPillInput } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * Mantine hides a pill's × and an input's clear button from assistive technology and leaves them
 * unnamed; a screen reader then meets an anonymous button, and several of them look alike. These
 * name each one after what it removes (Backspace in the field still removes the last pill).
 */
export function namedPills(removeLabel: (name: string) => string) {
  return function renderPill({ option, onRemove, disabled }: ComboboxRenderPillInput): ReactNode {
    return (
      <Pill
        withRemoveButton={!disabled}
        onRemove={onRemove}
        disabled={disabled}
        data-testid="pill"
        removeButtonProps={{ 'aria-label': removeLabel(option.label), 'aria-hidden': false }}
      >
        {option.label}
      </Pill>
    );
  };
}

/** The props of a combobox's clear button (the × that empties it), named after what it clears. */
export function namedClearButton(label: string): { 'aria-label': string; 'aria-hidden': false } {
  return { 'aria-label': label, 'aria-hidden': false };
}
