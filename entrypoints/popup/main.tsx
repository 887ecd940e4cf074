import { render } from 'preact';
import { followThemeSetting } from '@/utils/theme';
import { Popup } from './Popup';
import './style.css';

// Not awaited: the popup paints in the last known theme and the profile renders as soon as it is read.
followThemeSetting();
render(<Popup />, document.getElementById('app')!);
