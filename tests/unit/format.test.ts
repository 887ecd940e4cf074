import { describe, expect, it } from 'vitest';
import { countryName, formatDate, formatDateRange, formatFullAddress, formatLocation, initials } from '@/core/format';

describe('dates', () => {
  it('reads the JSON Resume date forms', () => {
    expect(formatDate('2024-11')).toBe('Nov 2024');
    expect(formatDate('2019')).toBe('2019');
    expect(formatDate('2024-03-05')).toBe('5 Mar 2024');
    expect(formatDate('someday')).toBe('someday');
  });

  it('shows ranges, with an open end as present', () => {
    expect(formatDateRange('2019', '2023')).toBe('2019 – 2023');
    expect(formatDateRange('2023', undefined)).toBe('2023 – present');
    expect(formatDateRange(undefined, undefined)).toBe('');
  });
});

describe('locations', () => {
  it('names countries from their codes and keeps unknown text', () => {
    expect(countryName('BD')).toBe('Bangladesh');
    expect(countryName('de')).toBe('Germany');
    expect(countryName('Narnia')).toBe('Narnia');
  });

  it('joins what is present', () => {
    expect(formatLocation({ city: 'Cumilla', countryCode: 'BD' })).toBe('Cumilla, Bangladesh');
    expect(formatLocation({ region: 'Bavaria' })).toBe('Bavaria');
    expect(formatLocation(undefined)).toBe('');
    expect(formatFullAddress({ address: '1 Main St', postalCode: '3500', city: 'Cumilla' })).toBe('1 Main St, 3500, Cumilla');
  });
});

describe('initials', () => {
  it('takes the first and last word', () => {
    expect(initials('Hanifur Rahman')).toBe('HR');
    expect(initials('ada')).toBe('A');
    expect(initials('Mary Ann de la Cruz')).toBe('MC');
    expect(initials('  ')).toBe('?');
  });
});
