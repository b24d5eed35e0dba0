import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders, screen } from '@/testing/test-utils';
import { LanguageSwitcher } from './language-switcher';

describe('language switcher', () => {
  it('switches the texts, remembers the choice and updates <html lang>', async () => {
    renderWithProviders(<LanguageSwitcher />, { user: 'anonymous' });
    await userEvent.selectOptions(await screen.findByLabelText('Language'), 'sv');
    expect(await screen.findByLabelText('Språk')).toHaveValue('sv');
    expect(localStorage.getItem('klimanett.lang')).toBe('sv');
    expect(document.documentElement.lang).toBe('sv');
    await userEvent.selectOptions(screen.getByLabelText('Språk'), 'da');
    expect(await screen.findByLabelText('Sprog')).toHaveValue('da');
  });
});
