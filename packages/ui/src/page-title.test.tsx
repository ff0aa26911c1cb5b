import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOOTER_PAGES, FooterPageView, footerPageFor, NotFound, PageLayout, pageTitle } from './index.ts';

afterEach(cleanup);

describe('page titles', () => {
  it('reads page – app – Stelsel mbo', () => {
    expect(pageTitle('Stagetekorten', 'Ministerie')).toBe('Stagetekorten – Ministerie – Stelsel mbo');
    expect(pageTitle('Help')).toBe('Help – Stelsel mbo');
  });

  it('the not-found page says so, sets the title and links to the start page', () => {
    const onNavigate = vi.fn();
    render(<NotFound app="School" startHref="/school" startLabel="Mijn studenten" onNavigate={onNavigate} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
    expect(document.title).toBe('Pagina niet gevonden – School – Stelsel mbo');
    screen.getByRole('link', { name: 'Mijn studenten' }).click();
    expect(onNavigate).toHaveBeenCalledWith('/school');
  });
});

describe('footer pages', () => {
  it('the footer links help, contact, the accessibility statement and the privacy statement', () => {
    render(
      <PageLayout navigation={[]}>
        <p>inhoud</p>
      </PageLayout>,
    );
    const links = within(screen.getByRole('navigation', { name: 'Over deze website' })).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Help', '/help'],
      ['Contact', '/contact'],
      ['Toegankelijkheidsverklaring', '/toegankelijkheid'],
      ['Privacyverklaring', '/privacy'],
    ]);
    expect(screen.getByText(/U ziet alleen de gegevens van uw eigen organisatie/)).toBeTruthy();
  });

  it('addresses a student with "je", in the footer and on the pages', () => {
    render(
      <PageLayout navigation={[]} address="je">
        <FooterPageView page={FOOTER_PAGES[3] ?? { path: '', title: '' }} address="je" />
      </PageLayout>,
    );
    expect(screen.getByText('Je ziet alleen je eigen gegevens.')).toBeTruthy();
    expect(document.title).toBe('Privacyverklaring – Stelsel mbo');
    const main = screen.getByRole('main');
    expect(main.textContent).toContain('Jouw rechten');
    expect(main.textContent).not.toMatch(/\b[Uu]w?\b/);
  });

  it('each page has real content and is found by its path', () => {
    for (const page of FOOTER_PAGES) {
      expect(footerPageFor(`${page.path}/`)).toEqual(page);
      render(<FooterPageView page={page} address="u" />);
      expect(document.body.textContent?.length).toBeGreaterThan(300);
      cleanup();
    }
    expect(footerPageFor('/school')).toBeUndefined();
  });
});
