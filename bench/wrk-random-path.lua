-- wrk script: GET a random regional network's resource. PATH_TEMPLATE has %s for the network id.
-- Set by run.sh through environment variables: FIRST, LAST (regional network numbers), PATH_TEMPLATE.
local first = tonumber(os.getenv("FIRST"))
local last = tonumber(os.getenv("LAST"))
local template = os.getenv("PATH_TEMPLATE")

request = function()
  local id = string.format("00000000-0000-4000-8000-%012d", math.random(first, last))
  return wrk.format("GET", string.format(template, id))
end
