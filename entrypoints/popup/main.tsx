import { render } from 'preact';
import { followThemeSetting } from '@/utils/theme';
import { loadProfile } from '@/utils/storage';
import { Popup } from './Popup';
import './style.css';

// Not awaited: the popup paints in the last known theme. Rendered once the profile is read, so the
// first paint shows it and nothing moves afterwards.
followThemeSetting();
void loadProfile().then((first) => render(<Popup first={first} />, document.getElementById('app')!));
