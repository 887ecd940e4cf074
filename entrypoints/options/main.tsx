import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import { followThemeSetting } from '@/utils/theme';
import './style.css';

followThemeSetting();
render(<OptionsPage />, document.getElementById('app')!);
