import { describe, expect, it } from 'vitest';
import { actorLabel } from './report-history';

describe('actorLabel', () => {
  it('prefers the name the API resolved', () => {
    expect(actorLabel('user:6f1c0a52-0000-4000-8000-000000000001', 'Demo Coordinator (Innlandet)', 'Klimanett')).toBe('Demo Coordinator (Innlandet)');
    expect(actorLabel('client:demo-umbrella', 'Demo umbrella', 'Klimanett')).toBe('Demo umbrella');
  });

  it("calls the service's own steps by the service's name", () => {
    expect(actorLabel('system:demo-loader', null, 'Klimanett (automatic)')).toBe('Klimanett (automatic)');
  });

  it('falls back to the recorded actor when nobody of that id exists any more', () => {
    expect(actorLabel('user:6f1c0a52-0000-4000-8000-000000000002', null, 'Klimanett')).toBe('user:6f1c0a52-0000-4000-8000-000000000002');
  });
});
