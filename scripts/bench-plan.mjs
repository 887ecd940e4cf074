// `node scripts/bench-plan.mjs`: how long the pure planner (classify + choose values + plan) takes for a
// generated 300-field form in Node. Loads the TypeScript sources through Vite's SSR loader, warms up,
// then prints the median and 95th percentile of 200 runs for the sparse and the rich test profile.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 200;
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  resolve: { alias: { '@': root } },
});

try {
  const { planFill } = await server.ssrLoadModule('/core/autofill/plan.ts');
  const { validateProfile } = await server.ssrLoadModule('/core/profile/validate.ts');
  const sparseJson = (await server.ssrLoadModule('/tests/fixtures/profiles/sparse.json')).default;
  const richJson = (await server.ssrLoadModule('/tests/fixtures/profiles/rich.json')).default;

  const yesNo = [
    { value: '', text: 'Select...' },
    { value: '1', text: 'Yes' },
    { value: '0', text: 'No' },
  ];
  const countries = ['Select a country', 'Bangladesh', 'Canada', 'Germany', 'India', 'United Kingdom', 'United States'].map((text, i) => ({
    value: i ? `c${i}` : '',
    text,
  }));
  // One application form's worth of fields, in the shapes the ATSs use; repeated with new ids to 300.
  const template = [
    ['First Name', 'text', { name: 'job_application[first_name]' }],
    ['Last Name', 'text', { name: 'job_application[last_name]' }],
    ['Email', 'email', { name: 'job_application[email]', autocomplete: 'email' }],
    ['Confirm email', 'email', {}],
    ['Phone', 'tel', { name: 'candidate[phone]', maxLength: 10 }],
    ['Country', 'select', { options: countries }],
    ['Phone country code', 'select', { options: countries }],
    ['Location (City)', 'combobox', {}],
    ['LinkedIn Profile', 'text', { name: 'urls[LinkedIn]' }],
    ['GitHub URL', 'text', { name: 'urls[GitHub]' }],
    ['Website', 'text', {}],
    ['Current company', 'text', { name: 'org' }],
    ['Current title', 'text', {}],
    ['Years of experience', 'number', {}],
    ['School', 'combobox', { sections: ['Education'] }],
    [
      'Degree',
      'select',
      {
        sections: ['Education'],
        options: [
          { value: 'b', text: "Bachelor's Degree" },
          { value: 'm', text: "Master's Degree" },
        ],
      },
    ],
    ['Start date', 'text', { sections: ['Education'], placeholder: 'YYYY' }],
    ['Will you now or in the future require sponsorship?', 'select', { options: yesNo }],
    ['Are you legally authorized to work in the United States?', 'radio', { options: yesNo }],
    [
      'How did you hear about us?',
      'select',
      {
        options: [
          { value: 'l', text: 'LinkedIn' },
          { value: 'o', text: 'Other' },
        ],
      },
    ],
    [
      'Gender',
      'select',
      {
        options: [
          { value: 'm', text: 'Male' },
          { value: 'f', text: 'Female' },
          { value: 'd', text: 'Decline to self-identify' },
        ],
      },
    ],
    ['Veteran status', 'select', {}],
    ['Disability status', 'select', {}],
    ["Reference's email", 'email', { sections: ['References'] }],
    ['Recruiter name', 'text', {}],
    ['I agree to the privacy policy', 'checkbox', {}],
    ['Cover letter', 'textarea', {}],
    ['Resume/CV', 'file', {}],
    ['Why do you want to work here?', 'textarea', { name: 'cards[5d1e8c2a-1234-4abc-8def-0123456789ab][field0]' }],
    ['', 'text', { name: 'website', visible: false }],
  ];
  const fields = Array.from({ length: 300 }, (_, i) => {
    const [label, kind, extra] = template[i % template.length];
    return {
      id: `f${i}`,
      kind,
      labels: label ? [label] : [],
      sections: [],
      required: false,
      visible: true,
      disabled: false,
      readOnly: false,
      currentValue: '',
      ...extra,
    };
  });

  const page = { url: 'https://boards.greenhouse.io/acme/jobs/1', company: 'Acme', role: 'Engineer' };
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p95 = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
  for (const [name, json] of [
    ['sparse profile', sparseJson],
    ['rich test profile', richJson],
  ]) {
    const result = validateProfile(structuredClone(json));
    if (!result.ok) throw new Error(`${name} is invalid`);
    for (let i = 0; i < 10; i++) planFill(fields, result.profile, page, { hasResume: true });
    // Wall time, and this process's CPU time (less disturbed when other work shares the cores).
    const wall = [];
    const cpu = [];
    let filled = 0;
    for (let i = 0; i < RUNS; i++) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const plan = planFill(fields, result.profile, page, { hasResume: true });
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
      filled = plan.filter((e) => e.action === 'fill').length;
    }
    console.log(
      `${name}: ${fields.length} fields, ${filled} planned fills — median ${median(wall).toFixed(2)} ms wall (p95 ${p95(wall).toFixed(2)}), median ${median(cpu).toFixed(2)} ms CPU (${RUNS} runs, Node ${process.version})`,
    );
  }
} finally {
  await server.close();
}
