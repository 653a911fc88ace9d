import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BoshRenderer, parseYaml, renderBoshTemplate } from '../../support/renderBoshTemplate.js';

// The release tests trust this renderer to behave like BOSH's; these pin the rules they rely on.
// Each rule is BOSH's: the director's Job#bind_properties with bosh-common's EvaluationContext
// and PropertyHelper, and bosh-cli's erb_renderer.rb TemplateEvaluationContext (create-env).
describe('render-bosh-template.rb, the stand-in for BOSH’s template renderers', () => {
  const dir = mkdtempSync(join(tmpdir(), 't-release-renderer-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const spec = join(dir, 'spec');
  writeFileSync(
    spec,
    [
      'name: sample_job',
      'properties:',
      '  e: { default: plain }',
      '  a.d: { description: no default }',
      '  a.c: { default: [x, y] }',
      '  a.b: { default: 1 }',
      '  f: { default: false }',
    ].join('\n'),
  );
  const render = (
    template: string,
    properties: Record<string, unknown>,
    options: { renderer?: BoshRenderer; spec?: Record<string, unknown> } = {},
  ): string => {
    const path = join(dir, `t${Math.random().toString(16).slice(2)}.erb`);
    writeFileSync(path, template);
    return renderBoshTemplate(spec, path, { properties, ...options });
  };
  const both: BoshRenderer[] = ['director', 'create-env'];

  it.each(both)('%s: takes the manifest value over the default, and the default where the manifest is silent', (renderer) => {
    expect(render("<%= p('a.b') %>/<%= p('e') %>", { a: { b: 7 } }, { renderer })).toBe('7/plain');
  });

  it.each(both)('%s: gives every declared property, nil where neither manifest nor spec has a value', (renderer) => {
    // bosh-director Job#bind_properties (set_property of a nil default); bosh-cli copy_property.
    expect(JSON.parse(render("<%= JSON.generate(p('a')) %>", {}, { renderer }))).toEqual({ b: 1, c: ['x', 'y'], d: null });
    expect(render("<%= raw_properties.key?('a') && raw_properties['a'].key?('d') %>", {}, { renderer })).toBe('true');
  });

  it.each(both)('%s: keeps a false manifest value over a true default, and a false default', (renderer) => {
    expect(render("<%= p('f') %>", {}, { renderer })).toBe('false');
    expect(render("<%= p('a.b') %>", { a: { b: false } }, { renderer })).toBe('false');
  });

  it('director: keeps the spec’s order of properties and sorts the keys of hash values (PropertyHelper#sort_property)', () => {
    expect(render('<%= JSON.generate(raw_properties) %>', { a: { d: { z: 1, m: 2 } } })).toBe(
      '{"e":"plain","a":{"d":{"m":2,"z":1},"c":["x","y"],"b":1},"f":false}',
    );
  });

  it('create-env: walks the declared names sorted, as Go’s json.Marshal wrote them, values untouched', () => {
    expect(render('<%= JSON.generate(raw_properties) %>', { a: { d: { z: 1, m: 2 } } }, { renderer: 'create-env' })).toBe(
      '{"a":{"b":1,"c":["x","y"],"d":{"z":1,"m":2}},"e":"plain","f":false}',
    );
  });

  it.each(both)('%s: hides properties the job spec does not declare', (renderer) => {
    expect(render("<%= p('a.z', 'fallback') %>", { a: { z: 'undeclared' } }, { renderer })).toBe('fallback');
    expect(() => render("<%= p('zz') %>", { zz: 1 }, { renderer })).toThrow(/UnknownProperty: Can't find property/);
  });

  it('fails on a declared property that is neither set nor defaulted, with each renderer’s message', () => {
    expect(() => render("<%= p('a.d') %>", {})).toThrow(/Can't find property '\["a.d"\]'/);
    expect(() => render("<%= p(['a.d', 'a.q']) %>", {}, { renderer: 'create-env' })).toThrow(/Can't find property 'a.d', or 'a.q'/);
  });

  it.each(both)('%s: p(names, default) answers the first set name, else the default, even nil', (renderer) => {
    expect(render("<%= p(['a.d', 'a.b'], 9) %>", {}, { renderer })).toBe('1');
    expect(render("<%= p('a.d', 9) %>", {}, { renderer })).toBe('9');
    expect(render("<%= p('a.d', nil).inspect %>", {}, { renderer })).toBe('nil');
  });

  it.each(both)('%s: runs an if_p block only when every property is set, and its else otherwise', (renderer) => {
    const template = "<% if_p('a.d', 'e') do |d, e| %>set:<%= d %>,<%= e %><% end.else do %>unset<% end %>";
    expect(render(template, { a: { d: 'v' } }, { renderer })).toBe('set:v,plain');
    expect(render(template, {}, { renderer })).toBe('unset');
    expect(render("<% if_p('a.d') do %>x<% end.else_if_p('e') do |e| %><%= e %><% end %>", {}, { renderer })).toBe('plain');
  });

  it('director: refuses a non-hash where a declared name needs a hash (PropertyHelper#validate_properties_format)', () => {
    expect(() => render("<%= p('e') %>", { a: 'text' })).toThrow(
      /InvalidPropertyType: Property 'a.d' expects a hash, but received 'String'/,
    );
  });

  it('exposes the instance spec and trims lines with -%>', () => {
    expect(render('<%- x = spec.az -%>\n<%= x %>', {}, { spec: { az: 'z1' } })).toBe('z1');
    expect(render('<%= spec.az %>/<%= name %>', {}, { renderer: 'create-env' })).toBe('unknown/sample_job');
  });

  it('create-env: writes JSON.dump of a string with #inspect, as bosh-cli’s erb_renderer.rb patches it', () => {
    expect(render("<%= JSON.dump(p('e')) %>", {}, { renderer: 'create-env' })).toBe('"plain"');
  });

  it('parses YAML like BOSH (Psych), for manifests embedded in the docs', () => {
    expect(parseYaml('a: [1, "two"]\nb: {c: true}\n')).toEqual({ a: [1, 'two'], b: { c: true } });
  });
});
