# Renders one job template of a BOSH release the way the director, or `bosh create-env`, does,
# so the tests see the same bytes an operator's VM would get.
#
#   ruby render-bosh-template.rb JOB_SPEC TEMPLATE CONTEXT_JSON > rendered
#
# JOB_SPEC      the job's `spec` file (YAML): its `properties` with their defaults
# TEMPLATE      the ERB file under the job's templates/
# CONTEXT_JSON  {"renderer": "director" | "create-env",
#                "properties": {...the job's manifest properties...},
#                "spec": {...instance spec fields...}}
#
# Each rule names the BOSH source it follows:
#   director    cloudfoundry/bosh src/bosh-director/lib/bosh/director/deployment_plan/job.rb
#               (Job#bind_properties); core/templates/job_template_renderer.rb
#               (JobTemplateRenderer#render) hands the instance spec with those properties to
#               src/bosh-common/lib/bosh/common/template/
#               evaluation_context.rb (EvaluationContext) with property_helper.rb (PropertyHelper).
#               Bosh::Common::Template::Test::Template#render (test/template.rb), which release
#               authors test with, resolves properties the same way (hash_with_defaults).
#   create-env  cloudfoundry/bosh-cli templatescompiler/job_evaluation_context.go (MarshalJSON,
#               propertyDefaults) and templatescompiler/erbrenderer/erb_renderer.rb
#               (TemplateEvaluationContext#initialize, #copy_property, ERBRenderer#render).
#
# The one rule every path shares, and the reason this file exists: EVERY property the job spec
# declares is present in the template's properties, with the manifest's value, else the spec's
# default, else nil. `p('section')` therefore returns a hash that holds nil values.
require 'erb'
require 'json'
require 'ostruct'
require 'yaml'

# bosh-common template/unknown_property.rb: the message shows the names as an array
# ("Can't find property '[\"a.b\"]'"). bosh-cli's erb_renderer.rb UnknownProperty joins them
# instead ("Can't find property 'a.b'").
class UnknownProperty < StandardError
  def initialize(names, renderer)
    text = renderer == 'create-env' ? names.join("', or '") : names.to_s
    super("Can't find property '#{text}'")
  end
end

# bosh-common template/invalid_property_type.rb
class InvalidPropertyType < StandardError; end

# bosh-common template/property_helper.rb (PropertyHelper)
module PropertyHelper
  module_function

  # PropertyHelper#lookup_property: walks the dotted name; nil as soon as a key is missing.
  # (`ref[key]` on a String returns a substring or nil, on an Array raises TypeError, as in Ruby.)
  def lookup_property(collection, name)
    return nil if collection.nil?

    ref = collection
    name.split('.').each do |key|
      ref = ref[key]
      return nil if ref.nil?
    end
    ref
  end

  # PropertyHelper#validate_properties_format: a non-hash on the way to a declared name fails.
  def validate_properties_format(properties, name)
    ref = properties
    name.split('.').each do |key|
      unless ref.is_a?(Hash)
        raise InvalidPropertyType, "Property '#{name}' expects a hash, but received '#{ref.class}'"
      end

      ref = ref[key]
      break if ref.nil?
    end
  end

  # PropertyHelper#sort_property: hashes (at any depth) get their keys sorted.
  def sort_property(property)
    if property.is_a?(Hash)
      property.each { |k, v| property[k] = sort_property(v) }.sort.to_h
    else
      property
    end
  end

  # PropertyHelper#set_property: creates the parent hashes, then assigns, nil included.
  def set_property(dst, name, value)
    keys = name.split('.')
    ref = dst
    keys[0..-2].each do |key|
      ref[key] ||= {}
      ref = ref[key]
    end
    ref[keys[-1]] = value
  end

  # bosh-cli erb_renderer.rb TemplateEvaluationContext#copy_property: the source is walked
  # without a type check (unlike bosh-common's copy_property, which raises InvalidPropertyType);
  # the destination gets the source's value, else the default, nil included.
  def copy_property(dst, src, name, default = nil)
    keys = name.split('.')
    src_ref = src
    dst_ref = dst
    keys.each do |key|
      src_ref = src_ref[key]
      break if src_ref.nil?
    end
    keys[0..-2].each do |key|
      dst_ref[key] ||= {}
      dst_ref = dst_ref[key]
    end
    dst_ref[keys[-1]] ||= {}
    dst_ref[keys[-1]] = src_ref.nil? ? default : src_ref
  end
end

# bosh-cli erb_renderer.rb: Hash#recursive_merge! (global properties under cluster properties).
def recursive_merge(base, other)
  base.merge(other) do |_, old_value, new_value|
    old_value.instance_of?(Hash) && new_value.instance_of?(Hash) ? recursive_merge(old_value, new_value) : new_value
  end
end

# The director: Job#bind_properties, for each property in the order the spec declares them:
# validate_properties_format, lookup_property, `nil? ? definition['default'] : value`,
# sort_property, set_property. A property without default and without value is set to nil.
def director_properties(spec_properties, manifest_properties)
  bound = {}
  spec_properties.each_pair do |name, definition|
    PropertyHelper.validate_properties_format(manifest_properties, name)
    provided = PropertyHelper.lookup_property(manifest_properties, name)
    value = provided.nil? ? (definition || {})['default'] : provided
    PropertyHelper.set_property(bound, name, PropertyHelper.sort_property(value))
  end
  bound
end

# create-env: job_evaluation_context.go#propertyDefaults maps every declared name to its default
# (nil when the spec has none); Go's json.Marshal writes that map with its keys sorted, and
# TemplateEvaluationContext#initialize walks it in that order, copy_property from
# global_properties.recursive_merge!(cluster_properties). For the installation's CPI job
# (installation/job_renderer.go#RenderAndUploadFrom) global properties are {} and the cluster
# properties are the manifest's cloud_provider.properties; job_properties is null.
def create_env_properties(spec_properties, manifest_properties)
  defaults = spec_properties.keys.sort.to_h { |name| [name, (spec_properties[name] || {})['default']] }
  source = recursive_merge({}, manifest_properties)
  properties = {}
  defaults.each { |name, default| PropertyHelper.copy_property(properties, source, name, default) }
  properties
end

# bosh-common evaluation_context.rb ActiveElseBlock / InactiveElseBlock (if_p's return values).
class ActiveElseBlock
  def initialize(context)
    @context = context
  end

  def else
    yield
  end

  def else_if_p(*names, &block)
    @context.if_p(*names, &block)
  end

  def else_if_link(name, &block)
    @context.if_link(name, &block)
  end
end

class InactiveElseBlock
  def else; end

  def else_if_p(*_names)
    InactiveElseBlock.new
  end

  def else_if_link(_name)
    InactiveElseBlock.new
  end
end

# bosh-common evaluation_context.rb EvaluationContext (the same methods as bosh-cli's
# TemplateEvaluationContext): name, index, spec (nested OpenStructs), properties,
# raw_properties, p, if_p, if_link. Links are not used by this release: `link` raises
# UnknownLink's message and `if_link` takes the else branch, as for a job that consumes none.
class EvaluationContext
  attr_reader :name, :index, :properties, :raw_properties, :spec

  def initialize(spec, renderer)
    @renderer = renderer
    @name = renderer == 'create-env' ? spec.dig('job', 'name') : spec['name']
    @index = spec['index']
    @spec = openstruct(spec)
    @raw_properties = spec['properties'] || {}
    @properties = openstruct(@raw_properties)
  end

  # EvaluationContext#p: the first of the names whose value is not nil; else the default when
  # one is given (even a nil one), else UnknownProperty.
  def p(*args)
    names = Array(args[0])
    names.each do |name|
      result = PropertyHelper.lookup_property(@raw_properties, name)
      return result unless result.nil?
    end
    return args[1] if args.length == 2

    raise UnknownProperty.new(names, @renderer)
  end

  # EvaluationContext#if_p: yields every value when none is nil; else the else-block runs.
  def if_p(*names)
    values = names.map do |name|
      value = PropertyHelper.lookup_property(@raw_properties, name)
      return ActiveElseBlock.new(self) if value.nil?

      value
    end
    yield(*values)
    InactiveElseBlock.new
  end

  def link(name)
    raise "Can't find link '#{name}'"
  end

  def if_link(_name)
    ActiveElseBlock.new(self)
  end

  def render(template_text, path)
    erb = ERB.new(template_text, trim_mode: '-')
    erb.filename = path
    erb.result(binding)
  end

  private

  # EvaluationContext#openstruct
  def openstruct(object)
    case object
    when Hash then OpenStruct.new(object.transform_values { |v| openstruct(v) })
    when Array then object.map { |v| openstruct(v) }
    else object
    end
  end
end

# bosh-cli erb_renderer.rb patches JSON.dump for the templates it renders: a String or Numeric
# argument is written with #inspect.
def patch_json_dump_as_bosh_cli_does
  class << JSON
    alias_method :dump_array_or_hash, :dump

    def dump(*args)
      arg = args[0]
      arg.is_a?(String) || arg.is_a?(Numeric) ? arg.inspect : dump_array_or_hash(*args)
    end
  end
end

def instance_spec(renderer, job_name, given, properties)
  if renderer == 'create-env'
    # job_evaluation_context.go RootContext, as create-env fills it for the installation.
    base = {
      'index' => 0, 'id' => 'unknown-id', 'az' => 'unknown', 'bootstrap' => true,
      'job' => { 'name' => job_name }, 'deployment' => 'bosh',
      'networks' => { 'default' => { 'ip' => '', 'netmask' => '', 'gateway' => '' } },
    }
  else
    # bosh-common template/test/instance_spec.rb InstanceSpec#to_h, the test helper's defaults.
    base = {
      'address' => 'my.bosh.com', 'az' => 'az1', 'bootstrap' => false, 'deployment' => 'my-deployment',
      'id' => 'xxxxxx-xxxxxxxx-xxxxx', 'index' => 0, 'ip' => '192.168.0.0', 'name' => job_name,
      'networks' => { 'network1' => { 'ip' => '192.168.0.0' } }, 'job' => { 'name' => job_name },
    }
  end
  base.merge(given).merge('properties' => properties)
end

if $PROGRAM_NAME == __FILE__
  spec_path, template_path, context_path = ARGV
  unless spec_path && template_path && context_path
    warn 'usage: render-bosh-template.rb JOB_SPEC TEMPLATE CONTEXT_JSON'
    exit 2
  end
  job_spec = YAML.safe_load(File.read(spec_path)) || {}
  context = JSON.parse(File.read(context_path))
  renderer = context['renderer'] || 'director'
  unless %w[director create-env].include?(renderer)
    warn "unknown renderer '#{renderer}': director or create-env"
    exit 2
  end
  spec_properties = job_spec['properties'] || {}
  manifest_properties = context['properties'] || {}
  begin
    properties =
      if renderer == 'create-env'
        create_env_properties(spec_properties, manifest_properties)
      else
        director_properties(spec_properties, manifest_properties)
      end
    patch_json_dump_as_bosh_cli_does if renderer == 'create-env'
    spec = instance_spec(renderer, job_spec['name'], context['spec'] || {}, properties)
    $stdout.write(EvaluationContext.new(spec, renderer).render(File.read(template_path), template_path))
  rescue StandardError => e
    # Both renderers stop the deploy with "Error filling in template '<file>' ...".
    warn "Error filling in template '#{File.basename(template_path)}': #{e.class}: #{e.message}"
    exit 1
  end
end
