import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import './style.css';

render(<OptionsPage />, document.getElementById('app')!);
