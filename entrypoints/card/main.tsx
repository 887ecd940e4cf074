import { render } from 'preact';
import { browser } from 'wxt/browser';
import { followThemeSetting } from '@/utils/theme';
import { loadProfile } from '@/utils/storage';
import { Card } from './Card';
import './style.css';

// The content script names the site the card was opened on (for "hide on this site"); nothing else
// comes from the page. The tab is the browser's own answer, never the page's.
const site = new URLSearchParams(location.search).get('site') ?? '';
const tabId = browser.tabs.getCurrent().then((tab) => tab?.id ?? null);

followThemeSetting();
// Rendered once the profile is read: the first layout is the card's real size, reported at once.
void loadProfile().then((first) => render(<Card site={site} tabId={tabId} first={first} />, document.getElementById('app')!));
