# Renders one job template of a BOSH release the way the director and `bosh create-env` do,
# so the tests see the same bytes an operator's VM would get.
#
#   ruby render-bosh-template.rb JOB_SPEC TEMPLATE CONTEXT_JSON > rendered
#
# JOB_SPEC      the job's `spec` file (YAML): its `properties` with their defaults
# TEMPLATE      the ERB file under the job's templates/
# CONTEXT_JSON  {"properties": {...manifest properties...}, "spec": {...instance spec...}}
#
# What it reproduces of BOSH's renderer (bosh-template's EvaluationContext):
# - only properties the job spec declares are visible; each takes the manifest's value when
#   the manifest has one (a whole value, never deep-merged), else the spec's default;
# - `p(name)` / `p([names], default)` look dotted names up and raise for an unknown property
#   without a default; `if_p(*names) { |*values| } .else { }` runs its block only when every
#   property is set;
# - `spec` is the instance spec as nested OpenStructs (spec.name, spec.az, spec.networks, ...);
# - ERB trim mode '-'.
require 'erb'
require 'json'
require 'ostruct'
require 'yaml'

class UnknownProperty < StandardError
  def initialize(names)
    super("Can't find property '#{names.inspect}'")
  end
end

module DottedLookup
  module_function

  def lookup(collection, dotted)
    dotted.split('.').reduce(collection) do |node, key|
      return nil unless node.is_a?(Hash) && node.key?(key)

      node[key]
    end
  end

  def assign(collection, dotted, value)
    *parents, leaf = dotted.split('.')
    node = parents.reduce(collection) { |n, key| n[key] ||= {} }
    node[leaf] = value
  end
end

# Mirrors the director's resolution of job properties: declared names only, defaults underneath.
def resolve_properties(job_spec, manifest_properties)
  resolved = {}
  (job_spec['properties'] || {}).each do |name, declaration|
    value = DottedLookup.lookup(manifest_properties, name)
    value = (declaration || {})['default'] if value.nil?
    DottedLookup.assign(resolved, name, value) unless value.nil?
  end
  resolved
end

class ElseBlockThatRuns
  def initialize(context)
    @context = context
  end

  def else
    yield
  end

  def else_if_p(*names, &block)
    @context.if_p(*names, &block)
  end
end

class ElseBlockThatSkips
  def else; end

  def else_if_p(*_names)
    self
  end
end

class TemplateContext
  attr_reader :raw_properties, :spec, :name, :index

  def initialize(instance_spec, properties)
    @raw_properties = properties
    @spec = to_openstruct(instance_spec.merge('properties' => properties))
    @name = instance_spec['name']
    @index = instance_spec['index']
  end

  def p(*args)
    names = Array(args[0])
    names.each do |name|
      value = DottedLookup.lookup(@raw_properties, name)
      return value unless value.nil?
    end
    return args[1] if args.length == 2

    raise UnknownProperty, names
  end

  def if_p(*names)
    values = names.map do |name|
      value = DottedLookup.lookup(@raw_properties, name)
      return ElseBlockThatRuns.new(self) if value.nil?

      value
    end
    yield(*values)
    ElseBlockThatSkips.new
  end

  def render(template_text)
    ERB.new(template_text, trim_mode: '-').result(binding)
  end

  private

  def to_openstruct(value)
    case value
    when Hash then OpenStruct.new(value.transform_values { |v| to_openstruct(v) })
    when Array then value.map { |v| to_openstruct(v) }
    else value
    end
  end
end

if $PROGRAM_NAME == __FILE__
  spec_path, template_path, context_path = ARGV
  unless spec_path && template_path && context_path
    warn 'usage: render-bosh-template.rb JOB_SPEC TEMPLATE CONTEXT_JSON'
    exit 2
  end
  job_spec = YAML.safe_load(File.read(spec_path)) || {}
  context = JSON.parse(File.read(context_path))
  properties = resolve_properties(job_spec, context['properties'] || {})
  instance_spec = { 'name' => job_spec['name'], 'index' => 0 }.merge(context['spec'] || {})
  begin
    $stdout.write(TemplateContext.new(instance_spec, properties).render(File.read(template_path)))
  rescue UnknownProperty => e
    warn "Error filling in template '#{File.basename(template_path)}': #{e.message}"
    exit 1
  end
end
